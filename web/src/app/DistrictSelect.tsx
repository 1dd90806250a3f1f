import { Select } from 'antd';
import { useQuery } from 'urql';
import { useDistrictName } from '../features/review-queue/district';
import { DISTRICT_NAMES } from '../features/review-queue/queries';
import { useLanguage } from '../i18n/language';

const CITY = 'CITY';

/** HRSS's choice of scope: the whole city (null) or one district, by its name. */
export function DistrictSelect({
  value,
  onChange,
  label,
  cityLabel,
}: {
  value: string | null;
  onChange: (district: string | null) => void;
  label: string;
  cityLabel: string;
}) {
  const { language } = useLanguage();
  const [{ data }] = useQuery({ query: DISTRICT_NAMES });
  return (
    <Select
      aria-label={label}
      style={{ minWidth: 180 }}
      value={value ?? CITY}
      onChange={(next: string) => onChange(next === CITY ? null : next)}
      options={[
        { value: CITY, label: cityLabel },
        ...(data?.districts ?? []).map((d) => ({
          value: d.code,
          label: language === 'zh' ? d.name : d.code,
        })),
      ]}
    />
  );
}

/** A district's name for its code, as a cell or a card's corner shows it. */
export function DistrictName({ code }: { code: string }) {
  return <>{useDistrictName(code)}</>;
}

import { useQuery } from 'urql';
import { DISTRICT_NAMES } from './queries';

/** A district's Chinese name (徐汇区) for its code (XUHUI); the code until the list has come. */
export function useDistrictName(code: string | null | undefined): string {
  const [{ data }] = useQuery({ query: DISTRICT_NAMES });
  if (!code) return '';
  return data?.districts?.find((d) => d.code === code)?.name ?? code;
}

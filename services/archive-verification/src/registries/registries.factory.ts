import type { DataSource } from 'typeorm';
import type { BlindIndex } from '@points/crypto';
import type { VerificationSettings } from '../verification-settings';
import { createHttpRegistries } from './http/http-registry.adapter';
import type { Registries } from './registry.types';
import { createRegistrySimulator } from './simulator/registry-simulator';

/** Each registry kind from the simulator or over HTTP, as the environment says. */
export function createRegistries(
  settings: VerificationSettings['registries'],
  dataSource: DataSource,
  blindIndex: BlindIndex,
): Registries {
  const simulator = createRegistrySimulator(dataSource, blindIndex, settings.simulator);
  const http = settings.http ? createHttpRegistries(settings.http) : undefined;
  const pick = <K extends keyof Registries>(key: K, mode: 'simulator' | 'http'): Registries[K] => {
    if (mode === 'http') {
      if (!http)
        throw new Error('an http registry needs ARCHIVE_VERIFICATION_REGISTRY_URL, _KEY_ID and _SECRET');
      return http[key];
    }
    return simulator[key];
  };
  return {
    education: pick('education', settings.modes.EDUCATION),
    qualification: pick('qualification', settings.modes.QUALIFICATION),
    socialInsurance: pick('socialInsurance', settings.modes.SOCIAL_INSURANCE),
    tax: pick('tax', settings.modes.TAX),
    civilRecords: pick('civilRecords', settings.modes.CIVIL_RECORDS),
    archiveHolder: pick('archiveHolder', settings.modes.ARCHIVE_HOLDER),
    residencePermit: pick('residencePermit', settings.modes.RESIDENCE_PERMIT),
  };
}

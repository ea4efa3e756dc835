import { describe } from 'vitest';
import { generatedIssues, GENERATED_COUNT } from '../../scripts/import-fixtures/generated.ts';
import { roundTrip } from './support/round-trip-suite.ts';

describe('importing generated issues as printed', () => {
  roundTrip(`${GENERATED_COUNT} generated issues`, () => generatedIssues(), 'chromium');
});

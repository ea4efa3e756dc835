import { describe } from 'vitest';
import { generatedIssues } from '../../scripts/import-fixtures/generated.ts';
import { roundTrip } from './support/round-trip-suite.ts';

/**
 * Embedding a subset of Noto CJK takes pdf-lib about a second a file (BENCHMARKS.md, import), so this producer
 * prints the first 40 generated issues; Chromium's printer (embedded subsets too) and pdf-lib with STSong-Light
 * not embedded print all 200.
 */
const EMBEDDED_COUNT = 40;

describe('importing generated issues as printed', () => {
  roundTrip(`the first ${EMBEDDED_COUNT} generated issues`, () => generatedIssues().slice(0, EMBEDDED_COUNT), 'pdf-lib');
});

import { expect, it } from 'vitest';

it('should expose the parser’s public API and nothing else', async () => {
  const api = await import('../../src/lib/briefing/index.ts');
  expect(Object.keys(api).sort()).toEqual([
    'BriefingError',
    'BriefingProblem',
    'DISTRICTS',
    'PUBLICATION',
    'articleSchema',
    'blockSchema',
    'canonicalDistrict',
    'checkArchive',
    'compareDistricts',
    'contactSchema',
    'distributionSchema',
    'districtsOfSource',
    'frontMatterSchema',
    'isRealDate',
    'isoDateSchema',
    'issueSchema',
    'parseBriefing',
    'sectionSchema',
    'sortDistricts',
    'summarise',
    'unplacedLineSchema',
  ]);
});

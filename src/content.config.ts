/**
 * One collection per kind of data: the issues (each entry says where its
 * issue, parsed and validated by the parser, is kept: ./loaders/parsed-issues.ts),
 * and (in `astro dev` only) the problems of files that did not parse, so
 * pages can show them instead of a stack trace.
 */
import { defineCollection } from 'astro:content';
import { briefingArchive, problemSchema } from './loaders/briefing.ts';
import { storedIssueSchema } from './loaders/parsed-issues.ts';

const archive = briefingArchive({ directory: process.env.BRIEFING_CONTENT ?? 'content' });

export const collections = {
  issues: defineCollection({ loader: archive.issues, schema: storedIssueSchema }),
  problems: defineCollection({ loader: archive.problems, schema: problemSchema }),
};

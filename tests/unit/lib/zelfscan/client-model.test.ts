/** The model as the browser gets it: questions for the islands, advice with resolved links. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentSchema } from '../../../../src/schemas/assessment';
import { slimModel, toAdviceBundle, toClientModel } from '../../../../src/lib/zelfscan/client-model';
import { shapeOf, type AssessmentModel, type ModelLink } from '../../../../src/lib/zelfscan/types';

const model: AssessmentModel = assessmentSchema.parse(parse(readFileSync('content/assessment/model.yaml', 'utf8')));
const titles = (link: ModelLink) => `${link.collection}:${link.id}`;

describe('client model and advice bundle', () => {
  const client = toClientModel(model);
  const bundle = toAdviceBundle(model, titles);

  it('keeps the questions and drops the advice', () => {
    expect(shapeOf(client)).toEqual({ version: 1, contextSizes: [8, 4, 3], itemCounts: [4, 4, 4, 4, 4, 4] });
    expect(JSON.stringify(client)).not.toContain('advice');
  });

  it('links the begrippen of each dimension', () => {
    const withTitles = toClientModel(model, titles);
    expect(withTitles.dimensions[3]?.terms[0]).toEqual({ path: '/begrippen/nps/', title: 'terms:nps' });
  });

  it('resolves links to paths and titles', () => {
    expect(bundle.advice).toHaveLength(24);
    expect(bundle.advice[0]?.[0]?.link).toEqual({ path: '/tips/levend-krijgen-1/', title: 'tips:levend-krijgen-1', kind: 'tips' });
    expect(bundle.advice[0]?.[1]?.link.path).toBe('/kennisbank/business-case/');
  });

  it('gives the team view the statements only', () => {
    const slim = slimModel(client);
    expect(shapeOf(slim)).toEqual(shapeOf(client));
    expect(slim.dimensions[0]?.items[0]).toEqual({ id: client.dimensions[0]?.items[0]?.id, statement: client.dimensions[0]?.items[0]?.statement, options: [] });
    expect(slim.dimensions.every((d) => d.intro === '' && d.terms.length === 0)).toBe(true);
  });
});

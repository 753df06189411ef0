import { SearchQuery } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import { searchParamsOf } from './search-params.js';

const exchangeSearch = searchParamsOf(SearchQuery, ['q', 'sort', 'type', 'trl']);

describe('search parameters read with the API schema', () => {
  it('keeps the parameters the API accepts, a number given as text included', () => {
    expect(exchangeSearch({ q: 'battery', sort: 'date', type: 'technology_offer', trl: '5' })).toEqual({
      q: 'battery',
      sort: 'date',
      type: 'technology_offer',
      trl: 5,
    });
  });

  it('drops a malformed parameter alone', () => {
    expect(exchangeSearch({ q: 'battery', sort: 'loudest', trl: 12 })).toEqual({ q: 'battery' });
  });

  it("leaves an absent parameter absent rather than filling in the API's default", () => {
    expect(exchangeSearch({})).toEqual({});
  });

  it('treats an empty text as absent', () => {
    expect(exchangeSearch({ q: '' })).toEqual({});
  });
});

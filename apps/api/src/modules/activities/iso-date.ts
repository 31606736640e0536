/** The one date rule of the API (YYYY-MM-DD, a real day, years 1900–2200) lives in core/graphql/input-rules. */
export { isIsoDate, IsIsoDate } from '../../core/graphql/input-rules';

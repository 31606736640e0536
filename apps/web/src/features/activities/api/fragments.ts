import { graphql } from '@/gql';

/** What creating or editing an activity answers: enough to go to its page and to say what was saved. */
export const ActivitySavedFieldsFragment = graphql(`
  fragment ActivitySavedFields on Activity {
    id
    title
    status
    version
  }
`);

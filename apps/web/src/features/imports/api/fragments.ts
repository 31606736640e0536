import { graphql } from '@/gql';

export const ImportBatchFieldsFragment = graphql(`
  fragment ImportBatchFields on ImportBatchModel {
    id
    kind
    fileName
    fileType
    encoding
    separator
    headers
    columns {
      field
      column
    }
    fields {
      key
      label
      required
      type
    }
    numberFormat
    rowCount
    errorRows
    processedRows
    status
    createdCount
    updatedCount
    failure
    createdByName
    createdAt
    committedAt
    undoneAt
    version
  }
`);

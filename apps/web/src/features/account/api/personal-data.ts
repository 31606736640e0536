import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

const MyPersonalDataDocument = graphql(`
  query MyPersonalData {
    myPersonalData
  }
`);
const EraseMyAccountDocument = graphql(`
  mutation EraseMyAccount($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input)
  }
`);

export const EXPORT_FILE_NAME = 'gemeinwerk-meine-daten.json';

/** Fetches the export and hands it to the browser as a JSON file. */
export async function downloadPersonalData(save: (blob: Blob, fileName: string) => void = saveBlob): Promise<void> {
  const data = (await request(MyPersonalDataDocument)).myPersonalData;
  save(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), EXPORT_FILE_NAME);
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useDownloadPersonalData() {
  return useMutation({ mutationFn: () => downloadPersonalData() });
}

export function useEraseMyAccount(options: { onSuccess: () => void }) {
  return useMutation({
    mutationFn: async (input: { password: string; confirm: string }) => (await request(EraseMyAccountDocument, { input })).eraseMyAccount,
    onSuccess: options.onSuccess,
  });
}

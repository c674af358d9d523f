// The formats the purposes of the Uploads API take (fine-tune and batch JSONL, assistants documents, vision images).
const byExtension: Record<string, string> = {
  jsonl: 'text/jsonl',
  json: 'application/json',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** The media type the Uploads API expects for a file name, by its extension; `application/octet-stream` if unknown. */
export function mediaTypeOf(name: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension && byExtension[extension]) || 'application/octet-stream';
}

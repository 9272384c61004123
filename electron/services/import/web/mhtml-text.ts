// Saved web pages as one file (.mhtml/.mht, Chromium's and Edge's "Save as… single file"): a MIME multipart
// message. postal-mime (a maintained MIME parser) decodes it, quoted-printable and base64 included; the page's
// HTML part becomes text like an imported .html file, and the saved-from address becomes the source's URL.

import PostalMime from 'postal-mime';
import { WorkbenchError } from '../../../../shared/errors.ts';
import { htmlToText } from '../html-text.ts';
import { linkTarget } from '../../pdf/pdf-annotations.ts';

export interface WebPageText {
  text: string;
  title?: string;
  url?: string;
}

export async function mhtmlText(fileName: string, bytes: Uint8Array): Promise<WebPageText> {
  let message;
  try {
    message = await PostalMime.parse(bytes);
  } catch (error) {
    throw new WorkbenchError(
      'import-damaged',
      `${fileName} is not a readable MHTML file (${(error as Error).message})`,
    );
  }
  if (!message.html) {
    throw new WorkbenchError('import-damaged', `${fileName} is not a saved web page: it has no HTML part`);
  }
  const { text, title } = htmlToText(message.html);
  const header = (key: string) => message.headers.find((h) => h.key === key)?.value;
  const url = webUrl(header('snapshot-content-location') ?? header('content-location'));
  const name = title ?? message.subject?.trim();
  return { text, ...(name ? { title: name } : {}), ...(url ? { url } : {}) };
}

/** Only a web address is worth keeping as the source's URL (not file:// paths of the saving machine). */
export function webUrl(value: string | undefined): string | undefined {
  return linkTarget(value);
}

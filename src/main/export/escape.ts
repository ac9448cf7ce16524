// Text escaping shared by the HTML and XML writers.

/** C0 control characters other than tab, newline and carriage return: not allowed in XML, useless in HTML. */
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(controlChars, '').replace(/[&<>"']/g, (c) => htmlEntities[c]);
}

/**
 * Everything XML 1.0 forbids: control characters, lone surrogates (the `u` flag makes them single code
 * points outside the allowed ranges) and the non-characters U+FFFE/U+FFFF.
 */
const invalidXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(invalidXmlChars, '');
}

/** Escapes text for XML content and double-quoted attributes, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"]/g, (c) => htmlEntities[c]);
}

/** JSON files and feeds of the site: UTF-8; JSON ends in a newline. */
export function jsonText(value: unknown, indent = 2): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}

export function jsonResponse(value: unknown, indent = 2): Response {
  return new Response(jsonText(value, indent), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

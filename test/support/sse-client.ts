/**
 * Reads /api/stream, parsing server-sent events as they come: over HTTP with fetch, or in process
 * when given the app's `request`.
 */
export async function sseClient(
  url: string,
  headers: Record<string, string>,
  request: (url: string, init: RequestInit) => Response | Promise<Response> = fetch,
) {
  const controller = new AbortController();
  const response = await request(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const events: Array<{ id?: string; event?: string; data: any }> = [];
  const comments: string[] = [];
  let buffer = '';
  const reader = response.body!.getReader();
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value: chunk } = await reader.read();
        if (done) break;
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
              continue;
            }
            const colon = line.indexOf(':');
            fields[line.slice(0, colon)] =
              (fields[line.slice(0, colon)] ? `${fields[line.slice(0, colon)]}\n` : '') +
              line.slice(colon + 1).replace(/^ /, '');
          }
          if (fields.data !== undefined)
            events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    status: response.status,
    events,
    comments,
    until: async (test: () => boolean, ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!test()) {
        if (Date.now() > deadline)
          throw new Error(
            `stream: condition not met in ${ms} ms; events ${JSON.stringify(events.map((e) => e.data?.type))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      await reading;
    },
  };
}

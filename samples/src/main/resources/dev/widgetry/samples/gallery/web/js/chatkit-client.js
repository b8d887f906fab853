// ChatKit's protocol, as a page speaks it: every request is a POST of {type, params} to one
// endpoint; streaming requests answer with Server-Sent Events (one data: line per event), the
// others with JSON. An answer that is an error (a JSON {error}) becomes a thrown Error.

export function createClient(endpoint) {
  async function post(type, params) {
    return fetch(endpoint, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type, params }),
    });
  }

  /** A JSON request's answer. */
  async function request(type, params) {
    const response = await post(type, params);
    const answer = await response.json();
    if (answer.error) throw new Error(answer.error.message);
    return answer;
  }

  /** A streaming request: onEvent(event) for each event as it arrives; resolves when the stream ends. */
  async function stream(type, params, onEvent) {
    const response = await post(type, params);
    if (!(response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
      const answer = await response.json();
      throw new Error(answer.error ? answer.error.message : `The server answered ${response.status}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      let end;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const frame = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        for (const line of frame.split('\n')) {
          if (line.startsWith('data: ')) onEvent(JSON.parse(line.slice('data: '.length)));
        }
      }
    }
  }

  return { request, stream };
}

// Feeds tool results through CopilotKit's @ag-ui/a2ui-middleware, with no network and no model: a
// scripted agent emits the events a real agent's run would (a tool call, then its result holding
// what our Java code wrote), the middleware wraps it, and every event it lets out is written down.
//
//   node a2ui-middleware.mjs <tool-results.json> <events.json>
//
// tool-results.json is a JSON array of tool result strings; events.json gets, per result, the
// events the middleware emitted, as they are.
import fs from 'node:fs';
import { AbstractAgent, EventType } from '@ag-ui/client';
import { A2UIMiddleware } from '@ag-ui/a2ui-middleware';
import { Observable } from 'rxjs';

const [resultsFile, eventsFile] = process.argv.slice(2);
const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));

class ScriptedAgent extends AbstractAgent {
  constructor(content, index) {
    super();
    this.content = content;
    this.callId = `call-${index}`;
  }

  run(input) {
    const callId = this.callId;
    const content = this.content;
    return new Observable((out) => {
      for (const event of [
        { type: EventType.RUN_STARTED, threadId: input.threadId, runId: input.runId },
        { type: EventType.TOOL_CALL_START, toolCallId: callId, toolCallName: 'show_gallery_entry', parentMessageId: 'm1' },
        { type: EventType.TOOL_CALL_ARGS, toolCallId: callId, delta: '{}' },
        { type: EventType.TOOL_CALL_END, toolCallId: callId },
        { type: EventType.TOOL_CALL_RESULT, messageId: 'm2', toolCallId: callId, content, role: 'tool' },
        { type: EventType.RUN_FINISHED, threadId: input.threadId, runId: input.runId },
      ]) out.next(event);
      out.complete();
    });
  }
}

function feed(content, index) {
  const input = { threadId: 't1', runId: `r${index}`, messages: [], tools: [], context: [], state: {}, forwardedProps: {} };
  return new Promise((resolve, reject) => {
    const events = [];
    new A2UIMiddleware({}).run(input, new ScriptedAgent(content, index)).subscribe({
      next: (event) => events.push(event),
      error: reject,
      complete: () => resolve(events),
    });
  });
}

const emitted = [];
for (const [index, content] of results.entries()) emitted.push(await feed(content, index));
fs.writeFileSync(eventsFile, JSON.stringify(emitted));

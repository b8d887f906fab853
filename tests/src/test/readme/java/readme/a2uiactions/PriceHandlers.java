package readme.a2uiactions;

import dev.widgetry.a2ui.A2uiFunctionSource;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import dev.widgetry.runtime.ActionContext;

// README snippet: agent-functions/handler

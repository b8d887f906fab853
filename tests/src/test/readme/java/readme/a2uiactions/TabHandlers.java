package readme.a2uiactions;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import dev.widgetry.runtime.ActionContext;

// README snippet: renderer-answers/handler

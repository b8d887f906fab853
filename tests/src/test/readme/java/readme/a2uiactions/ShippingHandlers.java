package readme.a2uiactions;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiSource;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;

// README snippet: one-handler/handler

package readme.actions;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.runtime.ActionResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// README snippet: actions/handlers

package readme.chatkitserver;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.runtime.ActionResult;

// README snippet: chatkit-server/handlers

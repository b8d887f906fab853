package readme.chatkitserver;

import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.server.Responder;
import dev.widgetry.chatkit.server.ThreadStream;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.runtime.ActionContext;

// README snippet: chatkit-server/assistant

package readme.chatkitserver;

import dev.widgetry.annotations.Widget;

// README snippet: chatkit-server/payload

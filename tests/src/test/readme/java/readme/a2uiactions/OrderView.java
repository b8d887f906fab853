package readme.a2uiactions;

import dev.widgetry.annotations.Widget;

// README snippet: a2ui-actions/model

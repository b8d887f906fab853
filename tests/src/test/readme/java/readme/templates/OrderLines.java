package readme.templates;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetTemplate;
import java.util.List;

// README snippet: templates/a2ui-record

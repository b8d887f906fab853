package readme.templates;

import dev.widgetry.annotations.WidgetTemplates;

// README snippet: templates/annotate

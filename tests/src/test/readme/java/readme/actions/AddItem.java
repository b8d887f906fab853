package readme.actions;

import dev.widgetry.annotations.Widget;
// Not Jakarta Validation's: any annotation of these simple names is read, as README.md says.
import dev.widgetry.tests.constraints.Min;
import dev.widgetry.tests.constraints.NotBlank;

// README snippet: actions/payload

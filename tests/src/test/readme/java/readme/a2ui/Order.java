package readme.a2ui;

import dev.widgetry.annotations.Widget;
import java.math.BigDecimal;
import java.util.List;

// README snippet: a2ui/model

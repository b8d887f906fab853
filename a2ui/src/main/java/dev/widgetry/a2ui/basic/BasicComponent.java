package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.A2uiCatalog;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.FunctionCall;
import dev.widgetry.annotations.Widget;

/**
 * A component of A2UI's basic catalog, tagged by {@code "component"}: {@code {"id": "title",
 * "component": "Text", "text": "Hello"}}.
 */
@Widget(discriminator = "component")
@A2uiCatalog(
    id = BasicCatalog.ID,
    title = "A2UI Basic Catalog",
    description = "Unified catalog of basic A2UI components and functions.",
    extendsBasic = false,
    functions = FunctionCall.class,
    theme = BasicCatalog.THEME_SCHEMA,
    instructions = BasicCatalog.INSTRUCTIONS)
public sealed interface BasicComponent extends A2uiComponent
    permits Text,
        Image,
        Icon,
        Video,
        AudioPlayer,
        Row,
        Column,
        List,
        Card,
        Tabs,
        Modal,
        Divider,
        Button,
        TextField,
        CheckBox,
        ChoicePicker,
        Slider,
        DateTimeInput {}

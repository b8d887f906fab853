package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;

/** A component of a widget: text, media, a control, a layout container, a table or a chart. */
@Widget
public sealed interface WidgetComponent extends WidgetNode
    permits Text,
        Title,
        Caption,
        Badge,
        Markdown,
        Box,
        Row,
        Col,
        Divider,
        Icon,
        Image,
        Button,
        Checkbox,
        Spacer,
        Select,
        DatePicker,
        Form,
        Input,
        Label,
        RadioGroup,
        Table,
        TableRow,
        TableCell,
        Textarea,
        Transition,
        Chart {}

package dev.seatledger.ui.common;

import javafx.beans.DefaultProperty;
import javafx.scene.Node;

/**
 * One row of a {@link FormGrid} as an FXML view declares it: its label, whether it is required (marked " *"), the
 * key its errors come under, and its input.
 */
@DefaultProperty("input")
public class FormField {
    private String label = "";
    private boolean required;
    private String key = "";
    private Node input;

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Node getInput() { return input; }
    public void setInput(Node input) { this.input = input; }

    /** The label as shown: required fields end in " *". */
    String shownLabel() {
        return required ? label + " *" : label;
    }
}

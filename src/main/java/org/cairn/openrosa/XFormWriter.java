package org.cairn.openrosa;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a field form as an ODK XForm: the instance, a bind for each question with its type,
 * whether it is required and its constraint, the labels of every language as itext, the lists
 * shipped as CSV media, and for an encrypted form the public key that devices encrypt with.
 */
final class XFormWriter {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String JAVAROSA = "http://openrosa.org/javarosa";
    static final String ODK = "http://www.opendatakit.org/xforms";
    /** The root element of every instance, whose path starts each bind. */
    static final String ROOT = "data";

    private final XMLStreamWriter xml;
    private final List<FormNode> tree;
    private final FieldForm form;

    private XFormWriter(XMLStreamWriter xml, FieldForm form) {
        this.xml = xml;
        this.form = form;
        this.tree = FormTree.of(form);
    }

    /** The XForm; {@code publicKey} (base64 X.509) for an encrypted form, null otherwise. */
    static String write(FieldForm form, String version, String publicKey) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            new XFormWriter(xml, form).html(version, publicKey);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Form " + form.id() + " could not be written", e);
        }
        return text.toString();
    }

    private void html(String version, String publicKey) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("h", "html", XHTML);
        xml.writeDefaultNamespace(XFORMS);
        xml.writeNamespace("h", XHTML);
        xml.writeNamespace("jr", JAVAROSA);
        xml.writeNamespace("odk", ODK);
        xml.writeStartElement(XHTML, "head");
        xml.writeStartElement(XHTML, "title");
        xml.writeCharacters(Labels.LANGUAGES.get(0).label("form." + form.id(), null));
        xml.writeEndElement();
        model(version, publicKey);
        xml.writeEndElement();
        xml.writeStartElement(XHTML, "body");
        for (FormNode node : tree) {
            body(node, "/" + ROOT);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void model(String version, String publicKey) throws XMLStreamException {
        xml.writeStartElement(XFORMS, "model");
        xml.writeAttribute(ODK, "xforms-version", "1.0.0");
        itext();
        xml.writeStartElement(XFORMS, "instance");
        xml.writeStartElement(XFORMS, ROOT);
        xml.writeAttribute("id", form.id());
        xml.writeAttribute("version", version);
        for (FormNode node : tree) {
            instance(node);
        }
        xml.writeStartElement(XFORMS, "meta");
        xml.writeEmptyElement(XFORMS, "instanceID");
        xml.writeEmptyElement(XFORMS, "deviceID");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (String list : lists(form)) {
            xml.writeEmptyElement(XFORMS, "instance");
            xml.writeAttribute("id", list);
            xml.writeAttribute("src", "jr://file-csv/" + list + ".csv");
        }
        for (FormNode node : tree) {
            bind(node, "/" + ROOT);
        }
        preload("/" + ROOT + "/meta/instanceID", "uid", null);
        preload("/" + ROOT + "/meta/deviceID", "property", "deviceid");
        if (publicKey != null) {
            xml.writeEmptyElement(XFORMS, "submission");
            xml.writeAttribute("base64RsaPublicKey", publicKey);
        }
        xml.writeEndElement();
    }

    /** The media files whose lists the form's questions choose from. */
    static Set<String> lists(FieldForm form) {
        Set<String> lists = new LinkedHashSet<>();
        leaves(FormTree.of(form)).stream().filter(question -> question.type() == QuestionType.SELECT_FROM_FILE)
                .forEach(question -> lists.add(question.choiceList()));
        return lists;
    }

    static List<Question> leaves(List<FormNode> nodes) {
        List<Question> leaves = new ArrayList<>();
        for (FormNode node : nodes) {
            if (node instanceof FormNode.Leaf leaf) {
                leaves.add(leaf.question());
            } else {
                leaves.addAll(leaves(((FormNode.Group) node).children()));
            }
        }
        return leaves;
    }

    private void itext() throws XMLStreamException {
        xml.writeStartElement(XFORMS, "itext");
        for (Labels.Language language : Labels.LANGUAGES) {
            xml.writeStartElement(XFORMS, "translation");
            xml.writeAttribute("lang", language.name());
            if (language == Labels.LANGUAGES.get(0)) {
                xml.writeAttribute("default", "true()");
            }
            Set<String> choiceTexts = new LinkedHashSet<>();
            for (FormNode node : tree) {
                texts(node, "/" + ROOT, "", language, choiceTexts);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void texts(FormNode node, String parent, String keyPrefix, Labels.Language language, Set<String> choices)
            throws XMLStreamException {
        String path = parent + "/" + node.name();
        String key = keyPrefix.isEmpty() ? node.name() : keyPrefix + "." + node.name();
        if (node instanceof FormNode.Group group) {
            text(path + ":label", language.label(group.label(), null));
            for (FormNode child : group.children()) {
                texts(child, path, key, language, choices);
            }
            return;
        }
        Question question = ((FormNode.Leaf) node).question();
        text(path + ":label", language.label(key, null));
        if (question.constraint() != null) {
            text(path + ":constraintMsg", language.label(question.constraint().message(),
                    question.constraint().argument()));
        }
        for (String choice : question.choices()) {
            String id = question.choiceList() + "-" + choice;
            if (choices.add(id)) {
                text(id, language.label(question.choiceList() + "." + choice, null));
            }
        }
    }

    private void text(String id, String value) throws XMLStreamException {
        xml.writeStartElement(XFORMS, "text");
        xml.writeAttribute("id", id);
        xml.writeStartElement(XFORMS, "value");
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The instance's skeleton; a repeat is declared by its template, and the device adds each one. */
    private void instance(FormNode node) throws XMLStreamException {
        if (node instanceof FormNode.Group group) {
            xml.writeStartElement(XFORMS, group.name());
            if (group.repeated()) {
                xml.writeAttribute(JAVAROSA, "template", "");
            }
            for (FormNode child : group.children()) {
                instance(child);
            }
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement(XFORMS, node.name());
        }
    }

    private void bind(FormNode node, String parent) throws XMLStreamException {
        String path = parent + "/" + node.name();
        if (node instanceof FormNode.Group group) {
            for (FormNode child : group.children()) {
                bind(child, path);
            }
            return;
        }
        Question question = ((FormNode.Leaf) node).question();
        xml.writeEmptyElement(XFORMS, "bind");
        xml.writeAttribute("nodeset", path);
        xml.writeAttribute("type", question.type().xformType());
        if (question.required()) {
            xml.writeAttribute("required", "true()");
        }
        if (question.constraint() != null) {
            xml.writeAttribute("constraint", question.constraint().xpath());
            xml.writeAttribute(JAVAROSA, "constraintMsg", "jr:itext('" + path + ":constraintMsg')");
        }
        if (path.equals("/" + ROOT + "/" + FormTree.REPORT + "/dateOfInformation")) {
            xml.writeAttribute(JAVAROSA, "preload", "date");
            xml.writeAttribute(JAVAROSA, "preloadParams", "today");
        } else if (path.equals("/" + ROOT + "/" + FormTree.REPORT + "/reporter")) {
            xml.writeAttribute(JAVAROSA, "preload", "property");
            xml.writeAttribute(JAVAROSA, "preloadParams", "username");
        }
    }

    /** A value the device fills itself, which its user cannot change. */
    private void preload(String path, String preload, String parameters) throws XMLStreamException {
        xml.writeEmptyElement(XFORMS, "bind");
        xml.writeAttribute("nodeset", path);
        xml.writeAttribute("type", "string");
        xml.writeAttribute("readonly", "true()");
        xml.writeAttribute(JAVAROSA, "preload", preload);
        if (parameters != null) {
            xml.writeAttribute(JAVAROSA, "preloadParams", parameters);
        }
    }

    private void body(FormNode node, String parent) throws XMLStreamException {
        String path = parent + "/" + node.name();
        if (node instanceof FormNode.Group group) {
            xml.writeStartElement(XFORMS, "group");
            xml.writeAttribute("ref", path);
            label(path);
            if (group.repeated()) {
                xml.writeStartElement(XFORMS, "repeat");
                xml.writeAttribute("nodeset", path);
            }
            for (FormNode child : group.children()) {
                body(child, path);
            }
            if (group.repeated()) {
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return;
        }
        Question question = ((FormNode.Leaf) node).question();
        String control = switch (question.type()) {
            case YES_NO, SELECT_ONE, SELECT_FROM_FILE -> "select1";
            case SELECT_MULTIPLE -> "select";
            case IMAGE -> "upload";
            default -> "input";
        };
        xml.writeStartElement(XFORMS, control);
        xml.writeAttribute("ref", path);
        if (question.type() == QuestionType.IMAGE) {
            xml.writeAttribute("mediatype", "image/*");
        }
        label(path);
        if (question.type() == QuestionType.SELECT_FROM_FILE) {
            xml.writeStartElement(XFORMS, "itemset");
            xml.writeAttribute("nodeset", "instance('" + question.choiceList() + "')/root/item");
            xml.writeEmptyElement(XFORMS, "value");
            xml.writeAttribute("ref", "name");
            xml.writeEmptyElement(XFORMS, "label");
            xml.writeAttribute("ref", "label");
            xml.writeEndElement();
        }
        for (String choice : question.choices()) {
            xml.writeStartElement(XFORMS, "item");
            xml.writeEmptyElement(XFORMS, "label");
            xml.writeAttribute("ref", "jr:itext('" + question.choiceList() + "-" + choice + "')");
            xml.writeStartElement(XFORMS, "value");
            xml.writeCharacters(choice);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void label(String path) throws XMLStreamException {
        xml.writeEmptyElement(XFORMS, "label");
        xml.writeAttribute("ref", "jr:itext('" + path + ":label')");
    }
}

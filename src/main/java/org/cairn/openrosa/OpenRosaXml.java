package org.cairn.openrosa;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The documents of the OpenRosa APIs: the form list, a form's manifest, and the answer to a submission. */
final class OpenRosaXml {

    static final String FORM_LIST = "http://openrosa.org/xforms/xformsList";
    static final String MANIFEST = "http://openrosa.org/xforms/xformsManifest";
    static final String RESPONSE = "http://openrosa.org/http/response";

    /** A file a form needs, and where to download it. */
    record MediaFile(String name, String md5, String url) {
    }

    /** A form in the list: where to download it, and its media's manifest when it has media. */
    record Entry(ServedForm form, String downloadUrl, String manifestUrl) {
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private OpenRosaXml() {
    }

    static String formList(List<Entry> entries) {
        return document(FORM_LIST, "xforms", xml -> {
            for (Entry entry : entries) {
                xml.writeStartElement(FORM_LIST, "xform");
                element(xml, FORM_LIST, "formID", entry.form().id());
                element(xml, FORM_LIST, "name", entry.form().title());
                element(xml, FORM_LIST, "version", entry.form().version());
                element(xml, FORM_LIST, "hash", entry.form().md5());
                element(xml, FORM_LIST, "downloadUrl", entry.downloadUrl());
                if (entry.manifestUrl() != null) {
                    element(xml, FORM_LIST, "manifestUrl", entry.manifestUrl());
                }
                xml.writeEndElement();
            }
        });
    }

    static String manifest(List<MediaFile> files) {
        return document(MANIFEST, "manifest", xml -> {
            for (MediaFile file : files) {
                xml.writeStartElement(MANIFEST, "mediaFile");
                element(xml, MANIFEST, "filename", file.name());
                element(xml, MANIFEST, "hash", file.md5());
                element(xml, MANIFEST, "downloadUrl", file.url());
                xml.writeEndElement();
            }
        });
    }

    /** The answer to a submission, whose message field apps show their user; nature "error" for a refusal. */
    static String response(String message, String nature) {
        return document(RESPONSE, "OpenRosaResponse", xml -> {
            xml.writeStartElement(RESPONSE, "message");
            xml.writeAttribute("nature", nature);
            xml.writeCharacters(message);
            xml.writeEndElement();
        });
    }

    private static String document(String namespace, String root, Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", root, namespace);
            xml.writeDefaultNamespace(namespace);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An OpenRosa document could not be written", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}

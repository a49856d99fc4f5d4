package org.cairn.openrosa;

import java.util.List;
import org.cairn.fieldreport.ItemKind;

/**
 * The part of a form that makes one kind of record, and the fields it asks for.
 *
 * @param name     its group in the form's instance, such as {@code hazard}
 * @param kind     the kind of field report item its answers become
 * @param record   the class of the record as its endpoint takes it, a GeoJSON feature or an object
 * @param repeated whether one filled form makes several such records, as the casualties of one accident
 */
record Section(String name, ItemKind kind, Class<?> record, boolean repeated, List<Ask> asks) {
}

package org.cairn.ordnance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cairn.db.Recorded;
import org.hibernate.envers.Audited;

/** A model in the ordnance catalogue, such as AP_MINE / blast / PMN-2, that findings can name. */
@Entity
@Audited
@Table(name = "ordnance_type")
public class OrdnanceType extends Recorded {

    @Enumerated(EnumType.STRING)
    public OrdnanceCategory category;

    public String subCategory;

    public String model;

    public String description;
}

package org.cairn.eore;

/** The media a mass-media campaign used. */
public enum CampaignMedium {
    RADIO,
    TELEVISION,
    SOCIAL_MEDIA,
    SMS,
    PRINT,
    BILLBOARD,
    OTHER
}

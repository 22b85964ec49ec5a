package io.maskmark.label;

/** Who is labelling: the Labeling Measures give the two roles different duties. */
public enum Role {
    /**
     * A generation service provider (Measures Art. 5): writes Label, ContentProducer, ProduceID (and
     * ReservedCode1); on first write the propagator fields equal the producer fields (Annex E note 1).
     */
    GENERATION_SERVICE,
    /**
     * A propagation platform (Measures Art. 6): keeps an existing label's producer fields, writes only
     * ContentPropagator, PropagateID and ReservedCode2; labels unlabelled content "2" when the uploader declared
     * it generated and "3" when traces such as an explicit label are detected.
     */
    PROPAGATION_PLATFORM
}

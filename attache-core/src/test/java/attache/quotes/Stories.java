package attache.quotes;

import attache.model.EntityType;

/** Small hand-parsed stories, written for these tests. */
final class Stories {

    private Stories() {
    }

    /** A person introduced, then a quote split mid-sentence by "she said". */
    static ParseFixture splitQuote() {
        return new ParseFixture()
                .sentence("Mara Quist spoke to farmers on Tuesday.",
                        "Mara|NNP|-|1|compound Quist|NNP|-|2|nsubj spoke|VBD|speak|-1|root to|TO|-|4|case "
                                + "farmers|NNS|farmer|2|obl on|IN|-|6|case Tuesday|NNP|-|2|obl .|.|-|2|punct")
                .paragraph()
                .sentence("\"The harvest was poor,\" she said, \"but next year will be better.\"",
                        "\"|``|-|4|punct The|DT|-|2|det harvest|NN|-|4|nsubj was|VBD|be|4|cop poor|JJ|-|8|ccomp "
                                + ",|,|-|4|punct \"|''|-|4|punct she|PRP|-|8|nsubj said|VBD|say|-1|root ,|,|-|8|punct "
                                + "\"|``|-|16|punct but|CC|-|16|cc next|JJ|-|13|amod year|NN|-|16|nsubj will|MD|-|16|aux "
                                + "be|VB|-|16|cop better|JJR|good|8|parataxis .|.|-|8|punct \"|''|-|16|punct")
                .entity("Mara Quist", "Mara Quist", EntityType.PERSON);
    }

    /** A quote, an attribution that ends its sentence, and a second quote in the same paragraph. */
    static ParseFixture quoteAfterFullStop() {
        return new ParseFixture()
                .sentence("Mara Quist spoke to farmers on Tuesday.",
                        "Mara|NNP|-|1|compound Quist|NNP|-|2|nsubj spoke|VBD|speak|-1|root to|TO|-|4|case "
                                + "farmers|NNS|farmer|2|obl on|IN|-|6|case Tuesday|NNP|-|2|obl .|.|-|2|punct")
                .paragraph()
                .sentence("\"The harvest was poor,\" she said.",
                        "\"|``|-|4|punct The|DT|-|2|det harvest|NN|-|4|nsubj was|VBD|be|4|cop poor|JJ|-|8|ccomp "
                                + ",|,|-|4|punct \"|''|-|4|punct she|PRP|-|8|nsubj said|VBD|say|-1|root .|.|-|8|punct")
                .sentence("\"Next year will be better.\"",
                        "\"|``|-|5|punct Next|JJ|-|2|amod year|NN|-|5|nsubj will|MD|-|5|aux be|VB|-|5|cop "
                                + "better|JJR|good|-1|root .|.|-|5|punct \"|''|-|5|punct")
                .entity("Mara Quist", "Mara Quist", EntityType.PERSON);
    }

    /** "He" after a sentence with a person as subject and another as object. */
    static ParseFixture pronounAfterTwoPeople() {
        return new ParseFixture()
                .sentence("Ivo Brandt said he would meet Lena Park.",
                        "Ivo|NNP|-|1|compound Brandt|NNP|-|2|nsubj said|VBD|say|-1|root he|PRP|-|5|nsubj "
                                + "would|MD|-|5|aux meet|VB|-|2|ccomp Lena|NNP|-|7|compound Park|NNP|-|5|obj .|.|-|2|punct")
                .paragraph()
                .sentence("\"We have much to discuss,\" he said.",
                        "\"|``|-|2|punct We|PRP|-|2|nsubj have|VBP|-|9|ccomp much|JJ|-|2|obj to|TO|-|5|mark "
                                + "discuss|VB|-|3|acl ,|,|-|2|punct \"|''|-|2|punct he|PRP|-|9|nsubj said|VBD|say|-1|root "
                                + ".|.|-|9|punct")
                .entity("Ivo Brandt", "Ivo Brandt", EntityType.PERSON)
                .entity("Lena Park", "Lena Park", EntityType.PERSON);
    }

    /** A place described a plan with a one-word quote. */
    static ParseFixture placeDescribes() {
        return new ParseFixture()
                .sentence("Ottawa described the plan as \"bold\".",
                        "Ottawa|NNP|-|1|nsubj described|VBD|describe|-1|root the|DT|-|3|det plan|NN|-|1|obj "
                                + "as|IN|-|6|case \"|``|-|6|punct bold|JJ|-|1|obl \"|''|-|6|punct .|.|-|1|punct")
                .entity("Ottawa", "Ottawa", EntityType.LOCATION);
    }

    /** Scare quotes nobody is said to have spoken. */
    static ParseFixture scareQuote() {
        return new ParseFixture()
                .sentence("The so-called \"green wave\" faded.",
                        "The|DT|-|4|det so-called|JJ|-|4|amod \"|``|-|4|punct green|JJ|-|4|amod wave|NN|-|6|nsubj "
                                + "\"|''|-|4|punct faded|VBD|fade|-1|root .|.|-|6|punct");
    }

    /** An attributed quote, then a paragraph that is only a quote. */
    static ParseFixture bareParagraphQuote() {
        return new ParseFixture()
                .sentence("\"Prices will fall,\" Quist said.",
                        "\"|``|-|3|punct Prices|NNS|price|3|nsubj will|MD|-|3|aux fall|VB|-|7|ccomp ,|,|-|3|punct "
                                + "\"|''|-|3|punct Quist|NNP|-|7|nsubj said|VBD|say|-1|root .|.|-|7|punct")
                .paragraph()
                .sentence("\"Wages will rise as well this spring.\"",
                        "\"|``|-|3|punct Wages|NNS|wage|3|nsubj will|MD|-|3|aux rise|VB|-|-1|root as|RB|-|3|advmod "
                                + "well|RB|-|4|fixed this|DT|-|7|det spring|NN|-|3|obl:tmod .|.|-|3|punct \"|''|-|3|punct")
                .entity("Quist", "Mara Quist", EntityType.PERSON);
    }

    /** A definite role noun after a named person. */
    static ParseFixture roleNoun() {
        return new ParseFixture()
                .sentence("Mara Quist toured the port.",
                        "Mara|NNP|-|1|compound Quist|NNP|-|2|nsubj toured|VBD|tour|-1|root the|DT|-|4|det "
                                + "port|NN|-|2|obj .|.|-|2|punct")
                .sentence("\"Talks resume next week,\" the envoy said.",
                        "\"|``|-|2|punct Talks|NNS|talk|2|nsubj resume|VBP|-|9|ccomp next|JJ|-|4|amod "
                                + "week|NN|-|2|obl:tmod ,|,|-|2|punct \"|''|-|2|punct the|DT|-|8|det envoy|NN|-|9|nsubj "
                                + "said|VBD|say|-1|root .|.|-|9|punct")
                .entity("Mara Quist", "Mara Quist", EntityType.PERSON);
    }
}

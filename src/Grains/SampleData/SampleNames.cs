namespace Grid.Grains.SampleData;

/// <summary>Words sample customers and addresses are made of, lower case (emails are made of them too).</summary>
internal static class SampleNames
{
    public static readonly string[] FirstNames =
    [
        "ada", "alan", "grace", "edsger", "barbara", "donald", "frances", "john", "margaret", "dennis",
        "radia", "ken", "sophie", "tim", "karen", "niklaus", "hedy", "linus", "katherine", "guido",
        "anita", "bjarne", "mary", "james", "shafi", "leslie", "annie", "brian", "joan", "whitfield",
    ];

    public static readonly string[] LastNames =
    [
        "lovelace", "turing", "hopper", "dijkstra", "liskov", "knuth", "allen", "backus", "hamilton", "ritchie",
        "perlman", "thompson", "wilson", "berners-lee", "jones", "wirth", "lamarr", "torvalds", "johnson", "rossum",
        "borg", "stroustrup", "keller", "gosling", "goldwasser", "lamport", "easley", "kernighan", "clarke", "diffie",
    ];

    public static readonly string[] Streets =
    [
        "N Clark St", "W Madison St", "S State St", "N Milwaukee Ave", "W Division St", "S Halsted St", "W Belmont Ave",
        "N Broadway", "W Fullerton Ave", "S Ashland Ave", "W North Ave", "N Lincoln Ave", "S Western Ave", "W Irving Park Rd",
        "N Sheridan Rd", "S Cottage Grove Ave", "W Chicago Ave", "N Damen Ave", "W Roosevelt Rd", "S Pulaski Rd",
    ];

    /// <summary>The word with its first letter (and each one after a hyphen) upper case.</summary>
    public static string Capitalized(string word) =>
        string.Join('-', word.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}

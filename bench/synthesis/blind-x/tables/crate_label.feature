Feature: Crate label

  Scenario Outline: labelling a crate of produce
    Given the crate comes from "<farm>"
    And the crate number is <number>
    When the crate is labelled
    Then the label reads "<label>"

    Examples:
      | farm       | number | label    |
      | Hollybank  | 42     | HOL-0042 |
      | Oakfield   | 7      | OAK-0007 |
      | Mill Farm  | 1203   | MIL-1203 |
      | Brookside  | 300    | BRO-0300 |
      | ashdown    | 15     | ASH-0015 |
      | Greenacres | 9999   | GRE-9999 |
      | Elm        | 1      | ELM-0001 |
      | Westley    | 80     | WES-0080 |
      | Lowther    | 505    | LOW-0505 |

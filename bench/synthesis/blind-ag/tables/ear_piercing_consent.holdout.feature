Feature: Ear piercing consent
  Nobody under 7 is pierced. Ear lobes are pierced from 7 with a parent present, and from
  16 without one. Cartilage is only pierced from 16, with or without a parent.

  Scenario Outline: checking a piercing before it is done
    Given a customer aged <age>
    And a parent is present: <parent>
    And the piercing is in the "<place>"
    When the piercing is checked
    Then the piercing may go ahead: <allowed>

    Examples:
      | age | parent | place     | allowed |
      | 5   | no     | lobe      | no      |
      | 10  | no     | lobe      | no      |
      | 9   | yes    | lobe      | yes     |
      | 17  | yes    | cartilage | yes     |
      | 14  | yes    | cartilage | no      |
      | 45  | yes    | lobe      | yes     |

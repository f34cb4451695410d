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
      | 6   | yes    | lobe      | no      |
      | 7   | yes    | lobe      | yes     |
      | 7   | no     | lobe      | no      |
      | 15  | no     | lobe      | no      |
      | 16  | no     | lobe      | yes     |
      | 15  | yes    | cartilage | no      |
      | 16  | no     | cartilage | yes     |
      | 30  | no     | cartilage | yes     |
      | 12  | yes    | lobe      | yes     |

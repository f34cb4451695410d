Feature: Cattle ear tags

  Scenario Outline: printing the tag for a calf
    Given the holding is in "<country>"
    And the herd mark is <herd>
    And the calf is animal <animal> in the herd
    When the ear tag is printed
    Then the tag reads "<tag>"

    Examples:
      | country | herd   | animal | tag             |
      | UK      | 3      | 3      | UK 000003 00003 |
      | IE      | 120000 | 456    | IE 120000 00456 |
      | FR      | 8812   | 77001  | FR 008812 77001 |
      | UK      | 65     | 10     | UK 000065 00010 |
      | IE      | 7      | 5000   | IE 000007 05000 |

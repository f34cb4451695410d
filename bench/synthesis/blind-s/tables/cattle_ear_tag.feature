Feature: Cattle ear tags

  Scenario Outline: printing the tag for a calf
    Given the holding is in "<country>"
    And the herd mark is <herd>
    And the calf is animal <animal> in the herd
    When the ear tag is printed
    Then the tag reads "<tag>"

    Examples:
      | country | herd   | animal | tag             |
      | UK      | 12345  | 42     | UK 012345 00042 |
      | UK      | 123456 | 7      | UK 123456 00007 |
      | IE      | 904    | 12345  | IE 000904 12345 |
      | FR      | 1      | 1      | FR 000001 00001 |
      | UK      | 999999 | 99999  | UK 999999 99999 |
      | IE      | 55021  | 310    | IE 055021 00310 |
      | UK      | 70     | 2048   | UK 000070 02048 |
      | FR      | 400817 | 90     | FR 400817 00090 |

Feature: Club short names
  The short name is the first letter of each word of the club name, in capitals,
  leaving out the words "of", "the", "and" and "for".

  Scenario Outline: making the short name
    Given the club is called "<club>"
    When the short name is made
    Then the short name is "<short>"

    Examples:
      | club                           | short |
      | Friends of the Earth           | FE    |
      | the model railway club         | MRC   |
      | Society for Local History      | SLH   |
      | Oak Park Bowls and Tennis Club | OPBTC |
      | Camera Club of the Valley      | CCV   |

Feature: Club short names
  The short name is the first letter of each word of the club name, in capitals,
  leaving out the words "of", "the", "and" and "for".

  Scenario Outline: making the short name
    Given the club is called "<club>"
    When the short name is made
    Then the short name is "<short>"

    Examples:
      | club                                      | short |
      | Parent Teacher Association                | PTA   |
      | friends of the library                    | FL    |
      | Royal Society for the Protection of Birds | RSPB  |
      | Westside Running and Walking Club         | WRWC  |
      | The Allotment Society                     | AS    |
      | Hillview Chess Club                       | HCC   |
      | north bay sailing club                    | NBSC  |
      | Youth Orchestra of Leeds                  | YOL   |
      | Board Games and Coffee                    | BGC   |

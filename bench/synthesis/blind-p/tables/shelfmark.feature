Feature: Library shelfmark

  Scenario Outline: labelling the spine of a book
    Given a book classed at "<class>"
    And written by "<author>"
    When the spine label is printed
    Then the label reads "<shelfmark>"

    Examples:
      | class   | author            | shelfmark   |
      | 641.5   | Nigella Lawson    | 641.5 LAW   |
      | 823.914 | George Orwell     | 823.914 ORW |
      | 700     | Mary Beard        | 700 BEA     |
      | 510     | Ian Stewart       | 510 STE     |
      | 796.334 | Alex Ferguson     | 796.334 FER |
      | 92      | Ann Smith         | 092 SMI     |
      | 5.133   | Guido Rossum      | 005.133 ROS |
      | 34.2    | Jo Ng             | 034.2 NG    |
      | 1.9     | Erich von Daniken | 001.9 DAN   |

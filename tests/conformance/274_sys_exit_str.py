# sys.exit('text') prints the text to stderr and exits with status 1
import sys
print('start')
sys.exit('fatal: something went wrong')

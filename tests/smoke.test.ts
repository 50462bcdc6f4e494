import {expect} from '@open-wc/testing';
import {format} from 'date-fns';
describe('smoke', () => { it('runs', () => { expect(format(new Date(2020,0,2), 'yyyy')).to.equal('2020'); }); });
